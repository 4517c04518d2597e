namespace FollowUp.Email.Rendering.Model;

/// <summary>The merge fields of the re-contact digest (<c>RecontactDigest.*.liquid</c>), dates in the owner's language.</summary>
public sealed record DigestModel
{
    public required string Company { get; init; }

    public required string RecipientName { get; init; }

    public required string Day { get; init; }

    public required int Count { get; init; }

    public required IReadOnlyList<DigestCandidateModel> Candidates { get; init; }

    /// <summary>The report form, to start a new case with a candidate.</summary>
    public required string NewCaseUrl { get; init; }

    /// <summary>The team's console, where a re-contact date can be moved.</summary>
    public required string ConsoleUrl { get; init; }
}

/// <param name="Reasons">Why they are in the pool, in the owner's language (declined, no answer…).</param>
public sealed record DigestCandidateModel(string Name, string Email, string Reasons, string RecontactAt, string AddedAt, string StatusUrl, IReadOnlyList<ProfileModel> Profiles);
