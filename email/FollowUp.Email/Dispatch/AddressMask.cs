namespace FollowUp.Email.Dispatch;

/// <summary>Candidate addresses are personal data: logs show <c>t***@example.com</c>, enough to tell two apart.</summary>
public static class AddressMask
{
    public static string Mask(string? address)
    {
        if (string.IsNullOrEmpty(address))
        {
            return string.Empty;
        }

        var at = address.LastIndexOf('@');
        return at <= 0 ? "***" : $"{address[0]}***{address[at..]}";
    }
}
