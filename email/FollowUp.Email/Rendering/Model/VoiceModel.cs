namespace FollowUp.Email.Rendering.Model;

/// <summary>The recorded voice message as the owner's no-reply escalation mentions it: played (and when) or not yet.</summary>
public sealed record VoiceModel(bool Listened, string? ListenedAt);
