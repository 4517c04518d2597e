namespace FollowUp.Email.Rendering.Model;

public sealed record PersonModel(string Name, string Email);
