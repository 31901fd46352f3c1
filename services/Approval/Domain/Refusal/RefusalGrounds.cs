using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Approval.Domain.Refusal;

/// <summary>The statutory refusal grounds (data in <c>refusal-grounds.json</c>, changed by law, not by code).</summary>
public sealed class RefusalGrounds(IReadOnlyList<RefusalGround> grounds)
{
    public IReadOnlyList<RefusalGround> All => grounds;

    /// <summary>The grounds for these codes; an unknown code is an invalid request naming the codes that exist.</summary>
    public IReadOnlyList<RefusalGround> Resolve(IReadOnlyList<string> codes)
    {
        if (codes.Count == 0) throw new InvalidField("grounds", "approval.ground-required", $"Name at least one statutory ground.");
        if (codes.Count > grounds.Count) throw new InvalidField("grounds", "approval.too-many-grounds", $"At most {grounds.Count} grounds: each statutory ground once.");
        return codes.Distinct().Select(code => grounds.FirstOrDefault(g => g.Code == code)
            ?? throw new InvalidField("grounds", "approval.ground-unknown", $"'{code}' is not a statutory ground; one of: {string.Join(", ", grounds.Select(g => g.Code))}.")).ToList();
    }
}
