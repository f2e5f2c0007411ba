// Stylesheets imported by the pane's entry: nothing to do under jest.
module.exports = {};
