namespace FollowUp.Storage;

/// <summary>The HTTP statuses Table Storage answers that the stores act on.</summary>
internal static class StatusCodes
{
    public const int NotFound = 404;

    /// <summary>An insert found the row already there.</summary>
    public const int Conflict = 409;

    /// <summary>A conditional write found the row changed since it was read (ETag mismatch).</summary>
    public const int PreconditionFailed = 412;
}
