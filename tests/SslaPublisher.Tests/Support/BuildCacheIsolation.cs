using System.Runtime.CompilerServices;
using SslaPublisher.Publishing;

namespace SslaPublisher.Tests.Support;

/// <summary>
/// Points <c>ssla publish</c>'s build cache (<see cref="BuildCache"/>) at a folder of this test run, so agency
/// publishes in tests never write into the user's ~/.cache, and removes it when the run ends.
/// </summary>
internal static class BuildCacheIsolation
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "ssla-test-cache-" + Guid.NewGuid().ToString("N"));

    [ModuleInitializer]
    internal static void Isolate()
    {
        Environment.SetEnvironmentVariable(BuildCache.Variable, Folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
    }
}
