namespace NomadPlatform.Bench;

/// <summary>The whole-case run phase by phase: its seconds and each part's CPU per case, so a cost is found at the step that spends it.</summary>
static class PhaseTable
{
    public static void Print(IReadOnlyList<PhaseTiming> phases, IReadOnlyList<string> parts)
    {
        Console.WriteLine("phases of the whole-case run: seconds, then each part's CPU per case (ms):");
        Console.WriteLine($"  {"phase",-42} {"s",6} {string.Join(" ", parts.Select(p => $"{Short(p),8}"))} {"all",8}");
        foreach (var phase in phases)
        {
            var cells = parts.Select(p => $"{phase.CpuMsPerCase.GetValueOrDefault(p),8:N1}");
            Console.WriteLine($"  {phase.Phase,-42} {phase.Seconds,6:N1} {string.Join(" ", cells)} {phase.CpuMsPerCase.Values.Sum(),8:N1}");
        }
        var totals = parts.Select(p => $"{phases.Sum(phase => phase.CpuMsPerCase.GetValueOrDefault(p)),8:N1}");
        Console.WriteLine($"  {"all phases",-42} {phases.Sum(p => p.Seconds),6:N1} {string.Join(" ", totals)} {phases.Sum(p => p.CpuMsPerCase.Values.Sum()),8:N1}");
    }

    static string Short(string part) => part.Length <= 8 ? part : part[..8];
}
