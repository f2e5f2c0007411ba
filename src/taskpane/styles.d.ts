/** Stylesheets imported for their effect (webpack extracts them: see webpack.config.js). */
declare module "*.css";
declare module "*.css?light";
declare module "*.css?dark";
