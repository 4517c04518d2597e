namespace FollowUp.Email.Rendering.Model;

/// <param name="Email">The failed email, named in the recipient's language.</param>
public sealed record FailureModel(string Kind, string Email, string Reason);
