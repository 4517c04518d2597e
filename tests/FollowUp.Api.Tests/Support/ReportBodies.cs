namespace FollowUp.Api.Tests.Support;

/// <summary>Report bodies as an interviewer's tool posts them to <c>POST /api/interviews</c>.</summary>
internal static class ReportBodies
{
    public static byte[] Considering(string interviewId, string candidateEmail) => ApiHost.Utf8($$"""
        {
          "interviewId": "{{interviewId}}",
          "interviewedAt": "{{DateTimeOffset.UtcNow.AddHours(-1):O}}",
          "reaction": "considering",
          "candidate": { "name": "佐藤 花子", "email": "{{candidateEmail}}", "timeZone": "Asia/Tokyo" },
          "owner": { "name": "山根 健", "email": "yamane@example.co.jp" },
          "feedback": { "positive": ["システム設計の説明が具体的でした"], "improve": ["成果を数字で示すと伝わりやすくなります"] }
        }
        """);
}
