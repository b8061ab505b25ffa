// Preview only (mvn jetty:run), never in the published site: reloads the page once the preview has baked again.
(function () {
  var script = document.currentScript;
  var baked = script.getAttribute('data-lan');
  function wait() {
    fetch(script.getAttribute('data-hoi') + '?sau=' + baked, {cache: 'no-store'})
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (now) { if (now.trim() !== baked) { location.reload(); } else { wait(); } })
      .catch(function () { setTimeout(wait, 2000); });
  }
  wait();
})();
