namespace SslaPublisher.Rendering.Fonts;

/// <summary>
/// The script runs of a paragraph (<see cref="ScriptRuns"/>): which run each UTF-16 unit belongs to, numbered from 0 in
/// logical order, and the <see cref="ScriptClass"/> each run is shaped as (<see cref="ScriptClass.Common"/> for a run
/// of digits, spaces and punctuation alone).
/// </summary>
internal sealed class ScriptRunMap(int[] runOfUnit, int[] scriptOfRun)
{
    /// <summary>The run number of the UTF-16 unit at <paramref name="index"/>.</summary>
    public int this[int index] => runOfUnit[index];

    /// <summary>The script class of the run the UTF-16 unit at <paramref name="index"/> belongs to.</summary>
    public int ScriptAt(int index) => scriptOfRun[runOfUnit[index]];
}
