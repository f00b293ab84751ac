// office-addin-mock imports office-addin-manifest, whose ESM-only dependency jest cannot load;
// the mock only needs the OfficeApp enum from it.
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
