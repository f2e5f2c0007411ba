/* global window, document, navigator */
/*
 * Runs before everything else on taskpane.html, in any browser: old Office builds show add-ins
 * in Internet Explorer 11 or EdgeHTML (Edge Legacy), which cannot even parse the pane's bundle.
 * There, this shows a plain Vietnamese message instead of an empty pane, and points to the
 * standalone workbook. Deliberately ES5, no dependencies, no inline script (the CSP forbids it).
 * Copied to dist/ by webpack.config.js.
 */
(function () {
  "use strict";
  var ua = navigator.userAgent || "";
  // Trident/MSIE: Internet Explorer. "Edge/<n>": EdgeHTML (Chromium Edge says "Edg/").
  var oldEngine = /Trident\/|MSIE |Edge\/\d/.test(ua);
  // The bundle needs ES2020: globalThis and Object.fromEntries are missing in both engines above.
  var missing = typeof window.Promise !== "function" || typeof Object.fromEntries !== "function";
  try {
    missing = missing || typeof globalThis === "undefined";
  } catch (_) {
    missing = true;
  }
  if (!oldEngine && !missing) return;
  window.kpiLegacyBrowser = true;

  function text(tag, content) {
    var element = document.createElement(tag);
    element.appendChild(document.createTextNode(content));
    return element;
  }

  function show() {
    var root = document.getElementById("root");
    if (!root) return;
    while (root.firstChild) root.removeChild(root.firstChild);
    var main = document.createElement("main");
    main.className = "legacy";
    var box = document.createElement("div");
    box.setAttribute("role", "alert");
    main.appendChild(box);
    box.appendChild(text("h1", "Phiên bản Office này quá cũ cho ngăn tác vụ"));
    box.appendChild(
      text(
        "p",
        "Excel trên máy này hiển thị phần bổ trợ bằng trình duyệt cũ (Internet Explorer hoặc Edge bản cũ), " +
          "nên không mở được ngăn tác vụ “Chỉ tiêu cải cách TTHC 2024”. Số liệu trong sổ làm việc không bị ảnh hưởng."
      )
    );
    box.appendChild(text("h2", "Bạn vẫn làm được việc"));
    var list = document.createElement("ul");
    list.appendChild(
      text(
        "li",
        "Dùng sổ làm việc độc lập (tệp PhuLuc-năm.xlsx): có sẵn phụ lục, công thức và tô màu, " +
          "không cần phần bổ trợ. Mở địa chỉ dưới đây bằng Microsoft Edge hoặc Google Chrome " +
          "và bấm “Tải sổ làm việc”, hoặc nhờ Văn phòng Sở gửi tệp."
      )
    );
    list.appendChild(text("li", "Hoặc cập nhật Office (Microsoft 365), hay dùng Excel trên web."));
    box.appendChild(list);
    var address = text("p", window.location.href.split("?")[0].split("#")[0]);
    address.className = "legacy-address";
    box.appendChild(address);
    box.appendChild(
      text(
        "p",
        "This version of Office shows add-ins in an old browser (Internet Explorer or EdgeHTML) that cannot run " +
          "this task pane. Use the standalone workbook: open the address above in a current browser and choose " +
          "the download button, or update Office."
      )
    );
    root.appendChild(main);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", show);
  } else {
    show();
  }
})();
