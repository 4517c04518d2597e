namespace FollowUp.Email.Rendering.Model;

/// <param name="Starts">Date and start time, formatted for the recipient.</param>
/// <param name="Ends">End time of day.</param>
/// <param name="LocationIsUrl">True for an online meeting, so templates can say "join" rather than "come to".</param>
public sealed record NextInterviewModel(
    string Starts,
    string Ends,
    string TimeZone,
    int DurationMinutes,
    string With,
    string Location,
    bool LocationIsUrl);
