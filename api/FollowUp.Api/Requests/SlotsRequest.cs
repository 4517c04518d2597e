namespace FollowUp.Api.Requests;

/// <summary>The body of <c>PUT /api/interviews/{id}/slots</c>: the slots the case offers from now on.</summary>
public sealed record SlotsRequest
{
    public IReadOnlyList<NextInterviewRequest>? Slots { get; init; }
}
