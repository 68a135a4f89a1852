using System.CommandLine;
using SslaPublisher.Site.Brands;

namespace SslaPublisher.Cli.Commands;

/// <summary>Arguments and options shared by several commands, defined once so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Argument<string> DefinitionFile() => new("file")
    {
        Description = "Path of ssla.yaml (or of a folder holding one).",
    };

    public static Option<string?> Templates() => new("--templates")
    {
        Description = "Folder whose files replace built-in templates of the same relative path.",
    };

    public static Option<bool> Force(string description) => new("--force") { Description = description };

    /// <summary><c>--parallel</c>: how many things at once, at least one.</summary>
    public static Option<int> Parallel(string description, int byDefault)
    {
        var parallel = new Option<int>("--parallel") { Description = description, DefaultValueFactory = _ => byDefault };
        parallel.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--parallel must be at least 1.");
        });
        return parallel;
    }

    /// <summary><c>--shard i/n</c>: a stable share of an agency's brands (one runner of a CI matrix).</summary>
    public static Option<BrandShard> Shard() => new("--shard")
    {
        Description = "Agency folders: only this share of the brands, i/n (1 ≤ i ≤ n), by a hash of each slug, and no index.",
        DefaultValueFactory = _ => BrandShard.All,
        CustomParser = result =>
        {
            var shard = BrandShard.TryParse(result.Tokens.Count == 1 ? result.Tokens[0].Value : null, out var error);
            if (shard is null) result.AddError(error!);
            return shard ?? BrandShard.All;
        },
    };

    /// <summary>
    /// <c>--as-of</c>: the instant a command evaluates notices (and anything else time-dependent) at, ISO-8601 with Z or
    /// an offset; <c>now</c> or no option is the clock's now (null here, so the command asks its <c>IClock</c>).
    /// </summary>
    public static Option<NodaTime.Instant?> AsOf(string what) => new("--as-of")
    {
        Description = what + " ISO-8601 with Z or an offset (2026-12-24T18:00:00Z), or 'now' (the default).",
        CustomParser = r => r.Tokens.Count == 1 && string.Equals(r.Tokens[0].Value.Trim(), "now", StringComparison.OrdinalIgnoreCase)
            ? null
            : DueCommand.ParseInstant(r),
    };

    /// <summary><c>--index-only</c>: the last step of a sharded run.</summary>
    public static Option<bool> IndexOnly() => new("--index-only")
    {
        Description = "Agency folders: only the index of brands (after every --shard is done).",
    };

    /// <summary>Refuses <c>--shard</c>/<c>--index-only</c> on a single brand: there is nothing to split.</summary>
    public static void RequireAgencyForShards(string input, BrandShard shard, bool indexOnly)
    {
        if (shard.IsPartial || indexOnly)
            throw Errors.CommandFailure.Usage($"error: --shard and --index-only split an agency folder; {input} is one brand.");
    }
}
