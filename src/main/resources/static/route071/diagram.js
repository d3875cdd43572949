// Shows the BPMN diagram of a process instance with bpmn-js (webjar) and marks where it is now (actief)
// and where it has been (gepasseerd). The ids come from the page, the XML from /overzicht/diagram/<id>/bpmn.
(function () {
  var houder = document.getElementById('diagram');
  if (!houder || typeof BpmnJS === 'undefined') {
    return;
  }
  var viewer = new BpmnJS({ container: houder });
  var ids = function (naam) {
    return (houder.getAttribute(naam) || '').split(' ').filter(function (id) { return id; });
  };
  fetch(houder.getAttribute('data-xml'), { credentials: 'same-origin' })
    .then(function (antwoord) { return antwoord.text(); })
    .then(function (xml) { return viewer.importXML(xml); })
    .then(function () {
      var canvas = viewer.get('canvas');
      var register = viewer.get('elementRegistry');
      canvas.zoom('fit-viewport');
      ids('data-gepasseerd').forEach(function (id) { if (register.get(id)) { canvas.addMarker(id, 'gepasseerd'); } });
      ids('data-actief').forEach(function (id) { if (register.get(id)) { canvas.addMarker(id, 'actief'); } });
      houder.setAttribute('data-geladen', 'ja');
    })
    .catch(function (fout) {
      houder.textContent = 'Het diagram kon niet worden getoond: ' + fout;
    });
})();
