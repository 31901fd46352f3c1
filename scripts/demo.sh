#!/usr/bin/env bash
# Walks one Digital Nomad case through all five agencies of a running platform (scripts/run.sh).
#   scripts/demo.sh               on the real clock: stops after booking the interview unless its slot is near
#   scripts/demo.sh resume <case> finishes that case after the interview's slot
#   scripts/demo.sh --simulated [--start <ISO instant>]
#                                 starts the platform in simulation mode (if it is not running) and walks a
#                                 whole case, about two months of legal dates, in a minute, at any hour;
#                                 --start pins a fresh simulation's clock to that moment first
set -euo pipefail
identity=${IDENTITY_URL:-http://localhost:5101}
hub=${HUBINTAKE_URL:-http://localhost:5111}
approval=${APPROVAL_URL:-http://localhost:5121}
arrival=${ARRIVAL_URL:-http://localhost:5131}
psc=${PSCISSUANCE_URL:-http://localhost:5141}
# Prints an expression of the JSON on stdin: ["field"]… reads from it (as _), anything else is Python over _.
# Nothing on stdin means the call before it failed and said why: stay silent.
json() {
  local input; input=$(cat)
  [[ -n $input ]] || exit 1
  python3 -c 'import json, sys; _ = json.loads(sys.argv[2]); e = sys.argv[1]; print(eval("_" + e if e.startswith("[") else e))' "$1" "$input"
}
# One call; a failure prints the service's problem details and stops the demo.
call() {
  local method=$1 url=$2 body=${3:-} out status
  out=$(mktemp)
  status=$(curl -s -o "$out" -w '%{http_code}' -X "$method" "$url" ${body:+-H 'content-type: application/json'} \
    ${token:+-H "authorization: Bearer $token"} ${body:+-d "$body"}) || status=000
  if [[ $status != 2* ]]; then
    echo "   ✗ $method $url answered $status:" >&2
    python3 -m json.tool < "$out" >&2 2>/dev/null || cat "$out" >&2
    rm -f "$out"
    exit 1
  fi
  cat "$out"
  rm -f "$out"
}
post() { call POST "$1" "${2:-}"; }
eds() { dotnet run --no-build --project "$root/tools/NomadPlatform.Eds.Cli" -- "$@"; }
# A valid IIN for a demo officer (the national check digit; see ../shared/DOMAIN.md).
new_iin() { python3 -c "
import random
while True:
    b='%02d%02d%02d3%04d' % (random.randint(70,99), random.randint(1,12), random.randint(1,28), random.randint(1,9999))
    c=sum(int(x)*w for x,w in zip(b,range(1,12)))%11
    if c==10: c=sum(int(x)*w for x,w in zip(b,[3,4,5,6,7,8,9,10,11,1,2]))%11
    if c<10: print(b+str(c)); break"; }
get() { call GET "$1"; }
wait_for() {
  for _ in $(seq 1 100); do curl -sf "$1" ${token:+-H "authorization: Bearer $token"} >/dev/null && return 0; sleep 0.2; done
  echo "timed out: $1"; exit 1
}
sign_in() { eds sign-in --identity "$identity" --key "$1" --password "$2" --time "$(now_iso)"; }
# An officer of an agency holding one role: certified once at the agency administrator's request (the key
# the first start left under .data/secrets), granted the role in the agency's staff register, then signed in.
officer() {
  local url=$1 bin=$2 admin_iin=$3 role=$4 key="$state/officer-$2-$4.p12"
  if [[ ! -f "$key" ]]; then
    local admin iin
    admin=$(sign_in "$data/secrets/administrators/$bin-$admin_iin-auth.p12" "$(cat "$data/secrets/administrator-key-passphrase")")
    iin=$(new_iin)
    token=$admin post "$identity/api/organisations/$bin/employees/certificates" \
      "{\"iin\":\"$iin\",\"surname\":\"Officer\",\"givenName\":\"$role\",\"purpose\":\"Authentication\",\"password\":\"demo-key-password\"}" > "$key.new"
    token=$admin post "$url/api/staff/$iin/roles" "{\"role\":\"$role\"}" >/dev/null
    mv "$key.new" "$key"
    echo "   ($role $iin: certified at BIN $bin's request, role granted by its administrator)" >&2
  fi
  sign_in "$key" demo-key-password
}
hub_officer() { officer "$hub" 180540000012 791122400015 "$1"; }
approval_officer() { officer "$approval" 010140000014 880730300010 "$1"; }
arrival_officer() { officer "$arrival" 070340000012 910214400021 "$1"; }
psc_officer() { officer "$psc" 160240000018 850621300012 "$1"; }

root=$(cd "$(dirname "$0")/.." && pwd)
simulated=false
simulation_start=""
if [[ "${1:-}" == --simulated ]]; then
  simulated=true; shift
  if [[ "${1:-}" == --start ]]; then simulation_start=${2:?--start <ISO instant, e.g. 2026-11-02T04:00:00Z>}; shift 2; fi
fi
data="$root/.data"
$simulated && data="$root/.data/simulation"
state="$data/demo"
mkdir -p "$state"
source "$root/scripts/demo-clock.sh"
$simulated && start_simulation

# The interview takes a real half-hour slot (Kazakhstan working hours): when it is not imminent the
# demo stops after booking it, and `scripts/demo.sh resume <case-id>` finishes the case after the slot.
if [[ "${1:-}" == resume ]]; then
  case_id=${2:?scripts/demo.sh resume <case-id>}
else
  work="$state/$(date +%s)-$RANDOM"
  mkdir -p "$work"
  passport="D$RANDOM$RANDOM"
  expiry=$(date -u -d "$(today_utc) +7 years" +%F)
  echo "1. A consular officer, signed in with EDS, registers the applicant (IIN) and hands over their EDS keys (NCA-style PKCS#12 files)"
  token=$(officer "$identity" 990640000015 840315300017 ConsularOfficer)
  iin=$(post "$identity/api/persons" "{\"surname\":\"Nomad\",\"givenName\":\"Dana\",\"birthDate\":\"1991-03-14\",\"sex\":\"Female\",\"citizenships\":[\"DE\"],\"passports\":[{\"number\":\"$passport\",\"country\":\"DE\",\"expiresOn\":\"$expiry\"}]}" | json '["iin"]')
  post "$identity/api/persons/$iin/certificates" '{"purpose":"Signing","password":"demo-key-password"}' > "$work/key.p12"
  post "$identity/api/persons/$iin/certificates" '{"purpose":"Authentication","password":"demo-key-password"}' > "$work/auth.p12"
  echo "   IIN $iin, signing key $work/key.p12, sign-in key $work/auth.p12"
  token=$(sign_in "$work/auth.p12" demo-key-password)
  echo "2. The applicant uploads the seven kinds of document (applicant-dossier makes real files) and signs the manifest (eds-sign)"
  dotnet run --no-build --project "$root/tools/NomadPlatform.Applicants.Cli" -- \
    --out "$work/dossier" --iin "$iin" --passport-expires "$expiry" --citizenship DE --filed-on "$(today_utc)" >/dev/null
  while IFS=$'\t' read -r kind file type; do
    curl -sf -H "authorization: Bearer $token" -F "file=@$file;type=$type" "$hub/api/applicants/$iin/documents/$kind" | json '["kind"] + " " + _["sha256"][:16] + "… problems: " + str(len(_["problems"]))'
  done < "$work/dossier/files.tsv"
  signature=$(eds \
    --key "$work/key.p12" --password demo-key-password --in "$work/dossier/manifest.json" --detached --time "$(now_iso)")
  manifest=$(base64 -w0 "$work/dossier/manifest.json")
  echo "   Astana Hub checks the IIN and the signature with Identity, the ban register with Approval, and the document set"
  case_id=$(post "$hub/api/applications" "{\"manifest\":\"$manifest\",\"signature\":\"$signature\"}" | json '["caseId"]')
  echo "   case $case_id"
  echo "$case_id" > "$work/case-id"
  $simulated && advance 86400 "a day later"
  echo "3. Hub officers review it: documents accepted (2 business days), online interview in a free slot (5)"
  token=$(hub_officer DocumentReviewer)
  post "$hub/api/applications/$case_id/document-verification" '{"decision":"Accept"}' | json '["status"]'
  interviewer="demo-officer-$RANDOM"
  token=$(hub_officer Interviewer)
  slot=$(get "$hub/api/applications/$case_id/interview/slots?interviewer=$interviewer" | json '[0]')
  post "$hub/api/applications/$case_id/interview" "{\"startsAt\":\"$slot\",\"interviewer\":\"$interviewer\"}" | json '["status"] + " at " + _["interviewStartsAt"]'
  wait=$(( $(date -d "$slot" +%s) - $(now_epoch) + 5 ))
  if $simulated; then
    advance $(( wait + 1800 )) "after the interview's half-hour slot"
    wait=0
  elif (( wait > 1800 )); then
    echo "   The interview is at $slot. After it, finish the case with: scripts/demo.sh resume $case_id"
    exit 0
  fi
  if (( wait > 0 )); then
    echo "   waiting ${wait}s for the interview slot"
    sleep "$wait"
  fi
fi
work=$(dirname "$(grep -lx "$case_id" "$state"/*/case-id | head -1)")
iin=$(python3 -c "import json; print(json.load(open('$work/dossier/manifest.json'))['iin'])")
token=$(hub_officer Interviewer)
post "$hub/api/applications/$case_id/interview/result" '{"passed":true,"notes":"Portfolio and experience confirmed."}' | json '["status"]'
echo "   Endorsement (numbered, signed with Astana Hub's seal) -> EndorsementIssued -> Approval opens the 45-day review"
token=$(hub_officer EndorsementSigner)
number=$(post "$hub/api/applications/$case_id/endorsement" | json '["endorsementNumber"]')
echo "   $number: curl $hub/api/endorsements/$number > $number.p7m (public: anyone may check an endorsement)"
token=$(sign_in "$work/auth.p12" demo-key-password)
wait_for "$approval/api/rp-applications/$case_id"
$simulated && advance $(( 2 * 86400 )) "two days later"
token=$(sign_in "$work/auth.p12" demo-key-password)
echo "4. The applicant files the RP application, signed with their EDS: form + state duty (4 MCI + 0.2 MCI at this year's MCI)"
duty=$(get "$approval/api/state-duty/$(date -u -d "@$(now_epoch)" +%Y)" | json '["totalKzt"]')
cat > "$work/filing.json" <<FILING
{"caseId":"$case_id","iin":"$iin","endorsementNumber":"$number","email":"dana.nomad@example.org","phone":"+491701234567","intendedAddress":"Astana, Mangilik El 55, apt 12","payment":{"reference":"KZPAY-$RANDOM$RANDOM","amountKzt":$duty,"paidOn":"$(today_utc)"}}
FILING
signature=$(eds --key "$work/key.p12" --password demo-key-password --in "$work/filing.json" --detached --time "$(now_iso)")
post "$approval/api/rp-applications/$case_id/filing" "{\"application\":\"$(base64 -w0 "$work/filing.json")\",\"signature\":\"$signature\"}" | json '["status"] + ", review due " + _["reviewDueAt"]'
$simulated && advance $(( 30 * 86400 )) "the migration service reviews it for 30 of its 45 days"
echo "   A migration officer approves: NotificationIssued (valid 30 days) -> Arrival opens the window"
token=$(approval_officer MigrationOfficer)
post "$approval/api/rp-applications/$case_id/approval" | json '["notificationValidUntil"]'
token=$(sign_in "$work/auth.p12" demo-key-password)
wait_for "$arrival/api/arrivals/$case_id"
$simulated && advance $(( 12 * 86400 )) "the applicant travels: 12 days of the 30"
echo "5. The border officer records the entry inside the window; then biometrics and migration police (Arrival asks Approval over gRPC for the decision)"
token=$(arrival_officer BorderOfficer)
post "$arrival/api/arrivals/$case_id/entry" "{\"enteredOn\":\"$(today_utc)\"}" | json '"entered on " + _["enteredOn"]'
$simulated && advance $(( 3 * 86400 )) "three days after the entry"
today=$(today_utc)
echo "   Ten-print (ISO/IEC 19794-2 templates; checked against every other IIN's prints), medical examination, housing contract"
fingerprints="$work/dossier/fingerprints.json"
token=$(arrival_officer BiometricsOfficer)
post "$arrival/api/arrivals/$case_id/fingerprints" "@$fingerprints" | json '"fingers: " + str(len(_["fingerprints"]["fingers"])) + ", duplicate flags: " + str(len(_["fingerprints"]["duplicateFlags"]))'
token=$(arrival_officer MigrationPoliceOfficer)
post "$arrival/api/arrivals/$case_id/medical-examination" "{\"examinedOn\":\"$today\",\"clinic\":\"City Polyclinic No. 4, Astana\",\"certificateNumber\":\"MED-$RANDOM\",\"result\":\"Fit\"}" | json '"medical: " + _["medicalExamination"]["result"]'
post "$arrival/api/arrivals/$case_id/housing-contract" "{\"address\":\"Astana, Mangilik El 55, apt 12\",\"landlord\":{\"name\":\"Aigerim Bekova\",\"iinOrBin\":\"791028302728\"},\"startsOn\":\"$today\",\"endsOn\":\"$(date -u -d "$today +1 year" +%F)\"}" | json '"housing: " + _["housingContract"]["address"]'
post "$arrival/api/arrivals/$case_id/completion" | json '["status"]'
$simulated && advance $(( 2 * 86400 )) "two days later, at the Public Service Center"
echo "6. A PSC operator takes the documents (PSC asks Arrival over gRPC whether the arrival is complete) and issues the permit"
token=$(psc_officer PscOperator)
post "$psc/api/submissions" "{\"caseId\":\"$case_id\",\"office\":\"PSC-AST-01\",\"documents\":[\"ApplicationForm\",\"Passport\",\"Photo\",\"MedicalCertificate\",\"HousingContract\"]}" | json '"submitted at " + _["office"]'
post "$psc/api/permits" "{\"caseId\":\"$case_id\"}" | json '["permitNumber"] + " valid until " + _["validUntil"] + ", registered at " + _["registeredAddress"]' 
echo "7. The applicant, signed in, reads their timeline (Hub-Intake's projection of every agency's events, with the acting officer; dates in Astana time):"
token=$(sign_in "$work/auth.p12" demo-key-password)
for _ in $(seq 1 50); do
  timeline=$(get "$hub/api/cases/$case_id/timeline")
  [[ $(echo "$timeline" | json '["status"]') == PermitIssued ]] && break
  sleep 0.2
done
echo "$timeline" | python3 -c '
import json, sys
from datetime import datetime, timedelta, timezone
astana = timezone(timedelta(hours=5))
t = json.load(sys.stdin); print("   status:", t["status"])
for e in t["events"]:
    at = datetime.fromisoformat(e["occurredAt"].replace("Z", "+00:00")).astimezone(astana)
    print("   ", at.strftime("%a %d %b %Y %H:%M"), e["agency"].ljust(11), e["eventType"].ljust(28), "officer " + e["officerIin"] if e.get("officerIin") else "")'
echo "Find the case in the dashboard (http://localhost:18888, Traces) by the attribute nomad.case_id = $case_id"
