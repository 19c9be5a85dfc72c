/**
 * The HTML of the menu's two dialogs. They list open incidents by reference, category and severity
 * only (never names or descriptions: a dialog may be open on a shared screen), and send what is typed
 * to the server functions submitAddAction and submitCloseIncident through google.script.run.
 */
import { AGENCIES, categoryLabel, type Incident } from '../../core/incidents';
import { escapeHtml } from '../../core/report/html/escape';

const STYLE = `<style>
body{font-family:Arial,sans-serif;font-size:13px;margin:0 4px}label{display:block;margin-top:10px;font-weight:bold}
input,textarea,select{width:100%;box-sizing:border-box;font:inherit;padding:4px}textarea{height:64px}
.row{display:flex;gap:6px}.row>*{flex:1}#errors{color:#a50e0e}#done{color:#0b6e2e}button{margin-top:12px}
</style>`;

/** Shows the server's answer: errors by field, or the success message then closes. */
const RESULT_SCRIPT = `<script>
function show(result, success) {
  var errors = document.getElementById('errors');
  errors.innerHTML = '';
  document.getElementById('send').disabled = false;
  if (!result.ok) {
    result.errors.forEach(function (e) { var li = document.createElement('li'); li.textContent = e.path + ': ' + e.message; errors.appendChild(li); });
    return;
  }
  document.getElementById('done').textContent = success(result);
  setTimeout(function () { google.script.host.close(); }, 2500);
}
function failed(error) {
  document.getElementById('send').disabled = false;
  document.getElementById('errors').textContent = String(error && error.message || error);
}
</script>`;

function incidentOptions(incidents: readonly Incident[], selected: string | undefined): string {
  return incidents
    .map((incident) => {
      const label = `${incident.reference} · ${categoryLabel(incident.category)} · ${incident.severity}`;
      const chosen = incident.reference === selected ? ' selected' : '';
      return `<option value="${escapeHtml(incident.reference)}"${chosen}>${escapeHtml(label)}</option>`;
    })
    .join('');
}

export function addActionDialog(open: readonly Incident[], selected: string | undefined): string {
  return `<!DOCTYPE html><html><head><base target="_top">${STYLE}</head><body>
<form id="f" onsubmit="return false">
<label for="reference">Incident</label><select id="reference">${incidentOptions(open, selected)}</select>
<label for="description">What needs doing</label><textarea id="description" required></textarea>
<label for="owner">Owner (email address)</label><input id="owner" type="email" required>
<label for="due">Due</label><input id="due" type="date" required>
<button id="send" type="submit">Add the action</button>
</form><ul id="errors"></ul><p id="done"></p>
${RESULT_SCRIPT}
<script>
document.getElementById('f').addEventListener('submit', function () {
  document.getElementById('send').disabled = true;
  var value = function (id) { return document.getElementById(id).value; };
  google.script.run
    .withSuccessHandler(function (r) { show(r, function (ok) { return 'Added ' + ok.id; }); })
    .withFailureHandler(failed)
    .submitAddAction({ reference: value('reference'), description: value('description'), owner: value('owner'), due: value('due') });
});
</script></body></html>`;
}

export function closeIncidentDialog(open: readonly Incident[], selected: string | undefined): string {
  const agencies = AGENCIES.map((agency) => `<option value="${agency}">${agency}</option>`).join('');
  return `<!DOCTYPE html><html><head><base target="_top">${STYLE}</head><body>
<form id="f" onsubmit="return false">
<label for="reference">Incident</label><select id="reference">${incidentOptions(open, selected)}</select>
<label for="outcome">Outcome</label><textarea id="outcome" required></textarea>
<label for="parentsInformed">Parents or carers informed?</label>
<select id="parentsInformed"><option value="yes">Yes</option><option value="no">No</option></select>
<label for="parentsNotInformedReason">If not, why not</label><textarea id="parentsNotInformedReason"></textarea>
<label>Referrals (agency, their reference, date)</label><div id="referrals"></div>
<button type="button" id="more">Add a referral</button>
<label for="lessonsLearnt">Lessons learnt</label><textarea id="lessonsLearnt" required></textarea>
<button id="send" type="submit">Close the incident</button>
</form><ul id="errors"></ul><p id="done"></p>
${RESULT_SCRIPT}
<script>
function addReferral() {
  var row = document.createElement('div');
  row.className = 'row referral';
  row.innerHTML = '<select class="agency">${agencies}</select><input class="ref" placeholder="Their reference"><input class="date" type="date">';
  document.getElementById('referrals').appendChild(row);
}
document.getElementById('more').addEventListener('click', addReferral);
document.getElementById('f').addEventListener('submit', function () {
  document.getElementById('send').disabled = true;
  var value = function (id) { return document.getElementById(id).value; };
  var referrals = Array.prototype.map.call(document.querySelectorAll('.referral'), function (row) {
    return { agency: row.querySelector('.agency').value, reference: row.querySelector('.ref').value, date: row.querySelector('.date').value };
  });
  google.script.run
    .withSuccessHandler(function (r) {
      show(r, function (ok) { return 'Closed ' + ok.reference + (ok.warnings.length ? '. Note: ' + ok.warnings.join('; ') : ''); });
    })
    .withFailureHandler(failed)
    .submitCloseIncident({
      reference: value('reference'),
      outcome: value('outcome'),
      parentsInformed: value('parentsInformed') === 'yes',
      parentsNotInformedReason: value('parentsNotInformedReason'),
      referrals: referrals,
      lessonsLearnt: value('lessonsLearnt')
    });
});
</script></body></html>`;
}
