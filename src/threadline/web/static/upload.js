// Upload with a progress bar: bytes sent, then "extracting" until the server reports.
(function () {
  "use strict";
  var form = document.getElementById("upload");
  if (!form || !window.FormData) return;
  var bar = document.getElementById("progress");
  var status = document.getElementById("status");
  var report = document.getElementById("report");

  function text(tag, value) {
    var el = document.createElement(tag);
    el.textContent = value;
    return el;
  }

  function show(result) {
    report.innerHTML = "";
    report.appendChild(text("h2", "Result"));
    report.appendChild(text("p", result.ingested + " ingested, " + result.duplicates +
      " already present, " + result.failed.length + " failed."));
    var list = document.createElement("ul");
    result.failed.forEach(function (f) { list.appendChild(text("li", f.path + ": " + f.error)); });
    (result.documents || []).forEach(function (id) {
      var li = document.createElement("li");
      var a = text("a", id);
      a.href = "/documents/" + encodeURIComponent(id);
      li.appendChild(a);
      list.appendChild(li);
    });
    report.appendChild(list);
    report.hidden = false;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var data = new FormData(form);
    var xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/documents");
    xhr.setRequestHeader("X-CSRF-Token", data.get("csrf"));
    bar.hidden = false;
    bar.value = 0;
    status.textContent = "Uploading…";
    xhr.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) bar.value = Math.round((100 * e.loaded) / e.total);
    });
    xhr.upload.addEventListener("load", function () {
      bar.removeAttribute("value");
      status.textContent = "Extracting names, quotes and relations…";
    });
    xhr.addEventListener("load", function () {
      bar.hidden = true;
      var body = {};
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = {detail: xhr.statusText}; }
      if (xhr.status >= 200 && xhr.status < 300) {
        status.textContent = "Done.";
        show(body);
      } else {
        status.textContent = "Upload failed: " + (body.detail || xhr.status);
      }
    });
    xhr.addEventListener("error", function () {
      bar.hidden = true;
      status.textContent = "Upload failed: the server could not be reached.";
    });
    xhr.send(data);
  });
})();
