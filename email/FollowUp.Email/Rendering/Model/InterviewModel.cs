namespace FollowUp.Email.Rendering.Model;

/// <param name="Date">When the casual interview took place, formatted for the recipient.</param>
public sealed record InterviewModel(string Id, string Date, string Reaction);
