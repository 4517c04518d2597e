namespace FollowUp.Email.Dispatch;

/// <summary>
/// Folds text that reaches a header onto one line. A candidate name or a reply subject is user
/// input; a CR or LF in it would otherwise let it add headers (header injection).
/// </summary>
public static class HeaderText
{
    public static string SingleLine(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsControl(chars[i]) || chars[i] is '\u2028' or '\u2029' or '\u0085')
            {
                chars[i] = ' ';
            }
        }

        return new string(chars).Trim();
    }
}
