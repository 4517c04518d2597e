namespace FollowUp.Api.Requests;

/// <summary>The body of <c>POST /api/erasure-requests</c>: the address in the body, so it is in no URL and no request log.</summary>
public sealed record ErasureRequestBody
{
    public string? Email { get; init; }
}
