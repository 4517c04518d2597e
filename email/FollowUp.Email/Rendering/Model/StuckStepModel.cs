namespace FollowUp.Email.Rendering.Model;

/// <param name="Step">The activity's name, as the status and logs show it.</param>
/// <param name="What">What the step does, in the recipient's language.</param>
/// <param name="Since">When it first failed, formatted for the recipient.</param>
/// <param name="RetryUrl">The retry route for this interview (POST, function key).</param>
public sealed record StuckStepModel(string Step, string What, string Since, string Reason, string RetryUrl);
