#!/usr/bin/env bash
# Proves the packages work away from the checkout, as a new user would meet them:
#   1. packs SslaPublisher.Cli (the tool: ReadyToRun for this machine's runtime, and the portable package) and
#      SslaPublisher (the library, from the Release build);
#   2. installs the tool into a temporary tool path (the ReadyToRun package for this runtime must be the one
#      picked) and, in an unrelated temporary folder with no SSLA_* variable, runs `ssla init x && ssla build x`;
#      the output must equal, byte for byte, the checkout's build of the same x;
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

# The tool is packed as it ships (a pointer package, one ReadyToRun package per runtime, and the portable `any`
# package), but only for this machine's runtime: compiling ahead of time for all six takes minutes, and only this
# one can be installed and run here. `dotnet tool install` must pick it, and its build must equal the checkout's.
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) rid=linux-x64 ;; Linux-aarch64) rid=linux-arm64 ;;
  Darwin-arm64) rid=osx-arm64 ;; Darwin-x86_64) rid=osx-x64 ;; *) rid=any ;;
esac
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
diff -r "$work/checkout/site" "$work/user/site" >/dev/null \
  || { echo "package: the installed tool's build of 'ssla init x' differs from the checkout's" >&2; diff -rq "$work/checkout/site" "$work/user/site" >&2; exit 1; }
"$work/tool/ssla" --version | grep -q "^$version" || { echo "package: ssla --version does not say $version" >&2; exit 1; }
if [ "$rid" != any ]; then
  find "$work/tool/.store" -path "*/tools/net10.0/$rid/ssla.dll" | grep -q . \
    || { echo "package: dotnet tool install did not pick the $rid package" >&2; find "$work/tool/.store" -name ssla.dll >&2; exit 1; }
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
