# Sourced: sets rid to this machine's .NET runtime identifier among those the tool is packed for (linux-x64,
# linux-arm64, osx-arm64, osx-x64), or to nothing on any other machine (the portable package's).
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) rid=linux-x64 ;; Linux-aarch64) rid=linux-arm64 ;;
  Darwin-arm64) rid=osx-arm64 ;; Darwin-x86_64) rid=osx-x64 ;; *) rid= ;;
esac
