// Stand-in for office-addin-manifest under jest (see jest.config.js): office-addin-mock only
// reads the OfficeApp enum from it, and the real package's ESM dependency does not load here.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
