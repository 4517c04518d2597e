namespace FollowUp.Api.Http;

/// <summary>A request body as a handler gets it: the value read, or the answer that refuses the request (413, 415, 400).</summary>
public sealed record RequestRead<T>(T? Value, ApiAnswer? Refusal);
