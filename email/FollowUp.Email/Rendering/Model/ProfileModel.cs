namespace FollowUp.Email.Rendering.Model;

public sealed record ProfileModel(string Network, string Url);
