#!/usr/bin/env bash
# Proves the packages work away from the checkout, as a new user would meet them:
#   1. packs SslaPublisher.Cli (the tool for this machine's runtime, as a release packs it there: Native AOT where
#      the machine can link, else ReadyToRun; and the portable package) and SslaPublisher (the library, from the
#      Release build);
#   2. installs the tool into a temporary tool path (the package for this runtime must be the one picked) and, in an
#      unrelated temporary folder with no SSLA_* variable, runs `ssla init x && ssla build x`; the output must
#      equal, byte for byte, the checkout's build of the same x; then runs the other commands with both and compares
#      what they print and write, and publishes to a private Azurite;
#   3. runs `ssla publish x` with no account where no Azurite is installed: it must exit 3 saying how to get one;
#   4. builds tests/PackageConsumer (copied outside the repository, referencing only the packed library) and runs it
#      on the example brand; the output must equal the checkout's `ssla build examples/acme-air`.
# Needs a Release build (scripts/test.sh makes one). Prints 'package: ok' and exits 0, or says what differs.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/ssla-package.XXXXXX")
trap 'rm -rf "$work"' EXIT
for var in $(env | grep -o '^SSLA_[A-Z_]*' || true); do unset "$var"; done

version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' src/Packaging.props)
checkout_ssla=(dotnet "$root/src/SslaPublisher.Cli/bin/Release/net10.0/ssla.dll")
[ -f "$root/src/SslaPublisher.Cli/bin/Release/net10.0/ssla.dll" ] || { echo "package: build Release first (dotnet build -c Release)" >&2; exit 1; }

# The tool is packed as it ships (a pointer package, one precompiled package per runtime, and the portable `any`
# package), but only for this machine's runtime, as a release packs it on this kind of machine (docs/packaging.md):
# only this one can be installed and run here. `dotnet tool install` must pick it, and its build must equal the checkout's.
source scripts/lib/this-rid.sh
rid=${rid:-any}
echo "package: packing $version into $work/feed (tool for $rid and any)"
dotnet pack src/SslaPublisher.Cli -c Release -p:SslaToolRuntimes="$rid" -o "$work/feed" --verbosity quiet >/dev/null
dotnet pack src/SslaPublisher -c Release --no-build -o "$work/feed" --verbosity quiet >/dev/null
# The fonts' licences travel as files under licenses/fonts/ (a PackagePath read as a folder once nested them).
licences=$(python3 -c 'import sys, zipfile; print("\n".join(n for n in zipfile.ZipFile(sys.argv[1]).namelist() if n.startswith("licenses/fonts/")))' "$work/feed/SslaPublisher.$version.nupkg")
for name in Inter-OFL.txt NotoSansArabic-OFL.txt DejaVu-LICENSE.txt NotoColorEmoji-OFL-Apache.txt; do
  grep -qx "licenses/fonts/$name" <<<"$licences" || { echo "package: licenses/fonts/$name is not a file in the library package:" >&2; echo "$licences" >&2; exit 1; }
done

echo "package: installing the tool into $work/tool"
dotnet tool install --tool-path "$work/tool" --add-source "$work/feed" --version "$version" SslaPublisher.Cli >/dev/null

mkdir -p "$work/user" "$work/checkout"
(cd "$work/user" && "$work/tool/ssla" init x >/dev/null && "$work/tool/ssla" build x -o site >/dev/null)
(cd "$work/checkout" && "${checkout_ssla[@]}" init x >/dev/null && "${checkout_ssla[@]}" build x -o site >/dev/null)
# same_files PATH WHAT: the installed tool wrote at PATH (a file or a folder) what the checkout wrote, byte for byte.
same_files() {
  diff -r "$work/checkout/$1" "$work/user/$1" >/dev/null \
    || { echo "package: the installed tool's $2 differs from the checkout's" >&2; diff -rq "$work/checkout/$1" "$work/user/$1" >&2; exit 1; }
}
same_files site "build of 'ssla init x'"
"$work/tool/ssla" --version | grep -q "^$version" || { echo "package: ssla --version does not say $version" >&2; exit 1; }
if [ "$rid" != any ]; then
  # ReadyToRun packs ssla.dll, Native AOT (where this machine can link: the csproj's SslaAotRuntime) a native ssla.
  find "$work/tool/.store" -path "*/tools/*/$rid/ssla*" \( -name ssla.dll -o -name ssla \) | grep -q . \
    || { echo "package: dotnet tool install did not pick the $rid package" >&2; find "$work/tool/.store" -name 'ssla*' >&2; exit 1; }
  kind=ReadyToRun; find "$work/tool/.store" -path "*/tools/*/$rid/ssla" -type f | grep -q . && kind="Native AOT"
  echo "package: the $rid package ($kind) was picked"
fi

# Every command, not only build, must answer the same from the packed tool as from the checkout: Native AOT
# trims and compiles ahead of time, and a reflection or globalization difference would show only here. Each runs
# in both folders; exit code, stdout and stderr are compared, with the folder's own path replaced.
same() {
  local name=$1; shift
  for side in user checkout; do
    local tool=("$work/tool/ssla"); [ "$side" = checkout ] && tool=("${checkout_ssla[@]}")
    set +e
    (cd "$work/$side" && "${tool[@]}" "$@" >"$work/$side.$name.out" 2>"$work/$side.$name.err"; echo "exit $?" >>"$work/$side.$name.out")
    set -e
    sed -i "s:$work/$side:WORK:g" "$work/$side.$name.out" "$work/$side.$name.err"
  done
  cmp -s "$work/user.$name.out" "$work/checkout.$name.out" && cmp -s "$work/user.$name.err" "$work/checkout.$name.err" \
    || { echo "package: 'ssla $*' answers differently from the installed tool (<) and the checkout (>)" >&2
         diff "$work/user.$name.out" "$work/checkout.$name.out" >&2; diff "$work/user.$name.err" "$work/checkout.$name.err" >&2; exit 1; }
}
as_of=2026-12-01T12:00:00Z
for side in user checkout; do
  cp -r examples/acme-air "$work/$side/acme"
  printf 'version: 1\nbrand:\n  name: [Acme\n' >"$work/$side/broken.yaml"
  # The example in the languages whose text needs the system's CJK fonts, Devanagari shaping or right-to-left lines.
  cp -r examples/acme-air "$work/$side/scripts"
  sed -i 's/^  languages: \[en, es, fr, ar\]$/  languages: [ja, zh-Hans, ko, hi, he]/; s/^    languages: \[en, es, fr\]$/    languages: [ja, zh-Hans, ko, hi, he]/' "$work/$side/scripts/ssla.yaml"
done
grep -q "languages: \[ja, zh-Hans, ko, hi, he\]" "$work/user/scripts/ssla.yaml" || { echo "package: the example's languages line moved; update this script" >&2; exit 1; }
same validate validate acme/ssla.yaml
same invalid validate broken.yaml
same count count --platform x "Help 9–6 ET · réponse en 15 min 🛫"
same hours hours acme --zone Asia/Tokyo --as-of $as_of
same due due acme --channel x-help --received 2026-11-23T22:55:00Z
same bio bio acme --as-of $as_of
same report report acme --replies acme/replies.csv --as-of $as_of
same report-files report acme --replies acme/replies.csv --as-of $as_of --json -o report
same replies sample-replies acme --months 2 --seed 7 --through 2026-11 -o replies.csv
same agency sample-brands agency --count 4 --channels 3
same agency-build build agency -o agency-site
same scripts-build build scripts -o scripts-site
same_files scripts-site "build in ja, zh-Hans, ko, hi and he"
same_files agency-site "agency build"
same_files replies.csv "sample-replies CSV"
same_files report "report files"
echo "package: validate, count, hours, due, bio, report, sample-replies, an agency build and a build in ja, zh-Hans, ko, hi and he answer as the checkout's"

# Publishing: the installed tool uploads the example to a private Azurite, then finds nothing to change.
if [ -f node_modules/azurite/dist/src/blob/main.js ]; then
  trap '[ -n "${azurite_pid:-}" ] && kill "$azurite_pid" 2>/dev/null; rm -rf "$work"' EXIT
  source scripts/lib/azurite-on-free-port.sh
  # -o keeps the build in the temporary folder (by default it goes to the user's cache folder).
  first=$(cd "$work/user" && "$work/tool/ssla" publish acme --connection-string "$cs" --container site -o published --json)
  again=$(cd "$work/user" && "$work/tool/ssla" publish acme --connection-string "$cs" --container site -o published --json)
  python3 - "$first" "$again" <<'PY' || { echo "package: publishing with the installed tool: $first / $again" >&2; exit 1; }
import json, sys
first, again = (json.loads(a) for a in sys.argv[1:])
assert first["uploaded"] > 0 and first["deleted"] == 0, first
assert again["uploaded"] == 0 and again["deleted"] == 0, again
PY
  echo "package: the installed tool published the example to Azurite, then found nothing to change"
else
  echo "package: Azurite is not installed here (scripts/setup.sh); publishing with the installed tool was not checked"
fi

# Publishing with no account and no Azurite says how to get one, and exits 3 (checked only where nothing else
# already answers on Azurite's port and no global Azurite is on PATH, as on a new user's machine).
if ! command -v azurite-blob >/dev/null && ! (exec 3<>/dev/tcp/127.0.0.1/10000) 2>/dev/null; then
  set +e
  out=$(cd "$work/user" && env -u AZURE_STORAGE_CONNECTION_STRING "$work/tool/ssla" publish x 2>&1)
  code=$?
  set -e
  { [ "$code" -eq 3 ] && grep -q "npm i -g azurite" <<<"$out" && grep -q -- "--connection-string" <<<"$out"; } \
    || { echo "package: 'ssla publish' without an account exited $code: $out" >&2; exit 1; }
else
  echo "package: Azurite is installed or running here; the no-Azurite message was not checked"
fi

echo "package: building a program that references only the packed library"
cp -r tests/PackageConsumer "$work/consumer"
cat > "$work/consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="packed" value="$work/feed" />
  </packageSources>
  <fallbackPackageFolders>
    <add key="cache" value="${NUGET_PACKAGES:-$HOME/.nuget/packages}" />
  </fallbackPackageFolders>
</configuration>
XML
# NuGet would take an earlier pack of this same version from its package cache: drop only that one entry.
rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}/sslapublisher/$version"
dotnet build "$work/consumer" -c Release -p:SslaPublisherVersion="$version" --verbosity quiet -o "$work/consumer/out" >/dev/null
cp -r examples/acme-air "$work/user/acme-air"
(cd "$work/user" && dotnet "$work/consumer/out/PackageConsumer.dll" acme-air library-site >/dev/null)
(cd "$work/checkout" && "${checkout_ssla[@]}" build "$root/examples/acme-air" -o acme-site >/dev/null)
# The CLI also writes its build bookkeeping (.ssla-site.json for publish --from, .ssla-output); the site is the rest.
diff -r -x .ssla-site.json -x .ssla-output "$work/checkout/acme-site" "$work/user/library-site" >/dev/null \
  || { echo "package: the library's build of the example differs from the checkout's" >&2; diff -rq "$work/checkout/acme-site" "$work/user/library-site" >&2; exit 1; }
echo "package: ok"
