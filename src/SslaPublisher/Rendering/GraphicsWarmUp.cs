using System.Runtime.CompilerServices;
using SkiaSharp;

namespace SslaPublisher.Rendering;

/// <summary>
/// Starts SkiaSharp's one-time set-up on another thread, for a command that is about to draw: the first use of any
/// SkiaSharp object loads the native library and builds its default font manager. With the library as shipped that
/// manager reads the header of every file under /usr/share/fonts (0.1–0.6 s with Debian's Noto fonts installed); the
/// build now copies a library whose font directory points at nothing (Directory.Build.targets), which leaves the
/// loading of the library itself (20–60 ms). The fonts ssla draws with are its own, so nothing waits for that set-up
/// except the first drawing: started here, it overlaps with loading ssla.yaml and rendering the pages on an idle core
/// (and still covers the scan where the library as shipped is used: a build with SslaSkiaFontScan=true, or the
/// library package, whose users get SkiaSharp's own native package).
/// </summary>
/// <remarks>
/// Calling it more than once, or from several threads, is harmless: the runtime runs a type's set-up once, and a
/// thread that needs SkiaSharp while the set-up runs waits for it. A failure (no native library for this platform) is
/// left for the drawing thread, which meets the same error and reports it as before.
/// </remarks>
public static class GraphicsWarmUp
{
    /// <summary>Begins SkiaSharp's set-up on a thread-pool thread and returns at once.</summary>
    public static void Start() =>
        _ = Task.Run(() => RuntimeHelpers.RunClassConstructor(typeof(SKObject).TypeHandle));
}
