using SslaPublisher.Rendering;

namespace SslaPublisher.Cli.Commands;

/// <summary>Sorts out the exceptions of a build, which come wrapped in AggregateException when brands build in parallel.</summary>
internal static class BuildProblems
{
    /// <summary>True when every failure is a problem of the input (exit 1), not of the machine.</summary>
    public static bool AreInputProblems(Exception e) => AreAll<RenderException>(e);

    /// <summary>True when every failure is a <typeparamref name="T"/>.</summary>
    public static bool AreAll<T>(Exception e) where T : Exception => Flatten(e).All(x => x is T);

    /// <summary>The messages, sorted so the output does not depend on which thread failed first.</summary>
    public static IEnumerable<string> Messages(Exception e) => Flatten(e).Select(x => x.Message).Order(StringComparer.Ordinal);

    private static IEnumerable<Exception> Flatten(Exception e) =>
        e is AggregateException aggregate ? aggregate.Flatten().InnerExceptions : [e];
}
