using System.Globalization;
using System.Net;
using System.Text;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Operations.Scheduling;

namespace FollowUp.Api.Pages;

/// <summary>
/// The candidate's scheduling page: the free slots as radio buttons in one form that posts back to
/// the same link, in their language and time zone. Plain HTML with inline style, no script, nothing
/// loaded from elsewhere, readable on a phone.
/// </summary>
public static class SchedulePages
{
    /// <param name="token">The link's token, posted back as the form's action.</param>
    /// <param name="booking">A POST: states that say "not now" answer 409 there, while the GET shows them as information.</param>
    public static (int Status, string Html) For(ScheduleResult result, string? token, bool booking)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result switch
        {
            ScheduleResult.Open open => (200, Choose(open.Reader, token, open.Free, notice: null)),
            ScheduleResult.Booked booked => (200, Booked(booked.Reader, booked.Slot)),
            ScheduleResult.Taken taken => (409, Choose(taken.Reader, token, taken.Free, Words(taken.Reader).Taken)),
            ScheduleResult.UnknownSlot unknown => (400, Choose(unknown.Reader, token, unknown.Free, Words(unknown.Reader).PickOne)),
            ScheduleResult.AlreadyBooked already => (booking ? 409 : 200, AlreadyBooked(already.Reader, already.Slot)),
            ScheduleResult.Expired expired => (booking ? 409 : 200, Message(expired.Reader, w => w.ExpiredTitle, w => w.Expired)),
            ScheduleResult.Closed closed => (409, Message(closed.Reader, w => w.ClosedTitle, w => w.Closed)),
            ScheduleResult.NoSlots none => (404, Message(none.Reader, w => w.NoSlotsTitle, w => w.NoSlots)),
            _ => (400, InvalidLink()),
        };
    }

    public static string InvalidLink() => Page("ja", "リンクが無効です / This link is not valid", [
        Paragraph(Japanese.Invalid),
        Paragraph(English.Invalid),
    ]);

    private static string Choose(ScheduleReader reader, string? token, IReadOnlyList<InterviewSlot> free, string? notice)
    {
        var words = Words(reader);
        var parts = new List<string>();
        if (notice is not null)
        {
            parts.Add($"""<p class="notice" role="alert">{Encode(notice)}</p>""");
        }

        if (free.Count == 0)
        {
            parts.Add(Paragraph(words.NoneLeft));
            return Page(reader, words.ChooseTitle, parts);
        }

        parts.Add(Paragraph(string.Format(CultureInfo.InvariantCulture, words.Intro, reader.CandidateName)));
        var options = new StringBuilder();
        foreach (var slot in free)
        {
            var id = Encode(slot.Id);
            options.Append(CultureInfo.InvariantCulture, $"""<label class="slot" for="slot-{id}"><input type="radio" name="slot" id="slot-{id}" value="{id}" required><span><strong>{Encode(When(reader, slot))}</strong><br>{Encode(words.With)}: {Encode(slot.With)}<br>{Encode(words.Where)}: {Encode(slot.Location)}</span></label>""");
        }

        var action = "?token=" + Uri.EscapeDataString(token ?? string.Empty);
        parts.Add($"""<form method="post" action="{Encode(action)}"><fieldset><legend>{Encode(words.Legend)} ({Encode(reader.TimeZone)})</legend>{options}</fieldset><button type="submit">{Encode(words.Book)}</button></form>""");
        parts.Add(Paragraph(words.ReplyInstead));
        return Page(reader, words.ChooseTitle, parts);
    }

    private static string Booked(ScheduleReader reader, InterviewSlot slot)
    {
        var words = Words(reader);
        return Page(reader, words.BookedTitle, [
            Paragraph(words.Booked),
            Details(reader, slot),
            Paragraph(words.BookedNext),
        ]);
    }

    private static string AlreadyBooked(ScheduleReader reader, InterviewSlot? slot)
    {
        var words = Words(reader);
        var parts = new List<string> { Paragraph(words.Already) };
        if (slot is not null)
        {
            parts.Add(Details(reader, slot));
        }

        parts.Add(Paragraph(words.AlreadyChange));
        return Page(reader, words.AlreadyTitle, parts);
    }

    private static string Message(ScheduleReader reader, Func<ScheduleWords, string> title, Func<ScheduleWords, string> text) =>
        Page(reader, title(Words(reader)), [Paragraph(text(Words(reader)))]);

    private static string Details(ScheduleReader reader, InterviewSlot slot)
    {
        var words = Words(reader);
        return $"""<ul class="booked"><li><strong>{Encode(When(reader, slot))}</strong> ({Encode(reader.TimeZone)})</li><li>{Encode(words.With)}: {Encode(slot.With)}</li><li>{Encode(words.Where)}: {Encode(slot.Location)}</li></ul>""";
    }

    /// <summary>Date, weekday and time on the candidate's clock: 12月3日(木) 10:00〜10:45 / Thu 3 December, 10:00–10:45.</summary>
    internal static string When(ScheduleReader reader, InterviewSlot slot)
    {
        var zone = Zone(reader.TimeZone);
        var start = TimeZoneInfo.ConvertTime(slot.StartsAt, zone);
        var end = start.AddMinutes(slot.DurationMinutes);
        if (reader.Locale == Locales.English)
        {
            var en = CultureInfo.GetCultureInfo("en-GB");
            return $"{start.ToString("ddd d MMMM yyyy", en)}, {start.ToString("HH:mm", en)}–{end.ToString("HH:mm", en)}";
        }

        var ja = CultureInfo.GetCultureInfo("ja-JP");
        return $"{start.ToString("yyyy年M月d日", ja)}({start.ToString("ddd", ja)}) {start.ToString("HH:mm", ja)}〜{end.ToString("HH:mm", ja)}";
    }

    private static TimeZoneInfo Zone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    private static ScheduleWords Words(ScheduleReader reader) => reader.Locale == Locales.English ? English : Japanese;

    private static string Paragraph(string text) => $"<p>{Encode(text)}</p>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Page(ScheduleReader reader, string title, IEnumerable<string> parts) =>
        Page(reader.Locale == Locales.English ? "en" : "ja", title, parts);

    private static string Page(string lang, string title, IEnumerable<string> parts) =>
        CandidatePage.Html(lang, title, Style, string.Concat(parts));

    // Big tap targets and one column: most candidates open the link on a phone.
    private const string Style =
        "body{font-family:" + CandidatePage.Fonts + ";max-width:36rem;margin:2.5rem auto;padding:0 1rem;line-height:1.7;color:#1f2933}"
        + "h1{font-size:1.35rem}fieldset{border:0;padding:0;margin:0 0 1rem}legend{font-weight:600;margin-bottom:.5rem}"
        + ".slot{display:flex;gap:.75rem;align-items:flex-start;border:1px solid #cbd2d9;border-radius:.5rem;padding:.75rem;margin:.5rem 0;cursor:pointer}"
        + ".slot input{margin-top:.35rem;width:1.2rem;height:1.2rem;flex:none}.slot:has(input:checked){border-color:#2b6cb0;background:#ebf4ff}"
        + "button{font-size:1rem;padding:.75rem 1.5rem;border:0;border-radius:.4rem;background:#2b6cb0;color:#fff;width:100%}"
        + ".notice{background:#fff5f5;border-left:4px solid #c53030;padding:.5rem .75rem}.booked{padding-left:1.2rem}";

    private sealed record ScheduleWords(
        string ChooseTitle,
        string Intro,
        string Legend,
        string With,
        string Where,
        string Book,
        string ReplyInstead,
        string NoneLeft,
        string Taken,
        string PickOne,
        string BookedTitle,
        string Booked,
        string BookedNext,
        string AlreadyTitle,
        string Already,
        string AlreadyChange,
        string ExpiredTitle,
        string Expired,
        string ClosedTitle,
        string Closed,
        string NoSlotsTitle,
        string NoSlots,
        string Invalid);

    private static readonly ScheduleWords Japanese = new(
        ChooseTitle: "次回面接の日時を選ぶ",
        Intro: "{0} 様、ご都合のよい日時をひとつお選びください。送信するとその場で日程が確定し、確認のメールとカレンダーの招待をお送りします。",
        Legend: "候補日時",
        With: "担当",
        Where: "場所",
        Book: "この日時で予約する",
        ReplyInstead: "どの日時も合わない場合は、お送りしたメールにご都合のよい日時をそのままご返信ください。担当者が改めて調整いたします。",
        NoneLeft: "申し訳ありません。いま選んでいただける日時がありません。お送りしたメールにご都合のよい日時をご返信いただければ、担当者が調整いたします。",
        Taken: "申し訳ありません。お選びの日時はひと足先に埋まってしまいました。まだ空いている日時からお選びください。",
        PickOne: "日時をひとつ選んでから送信してください。",
        BookedTitle: "ご予約ありがとうございます",
        Booked: "次回の面接を、次の日時で承りました。",
        BookedNext: "確認のメールとカレンダーの招待をお送りしました。前日にもあらためてご案内します。お会いできるのを楽しみにしております。",
        AlreadyTitle: "すでにご予約いただいています",
        Already: "このリンクからは、すでに次の日時でご予約いただいています。",
        AlreadyChange: "日時を変更されたい場合は、お送りしたメールにそのままご返信ください。担当者が調整いたします。",
        ExpiredTitle: "候補日時が過ぎてしまいました",
        Expired: "お送りした候補日時は、すべて過ぎてしまいました。お手数をおかけしてすみません。担当者に新しい候補をお送りするよう伝えましたので、少しだけお待ちください。メールにご返信いただいても大丈夫です。",
        ClosedTitle: "このリンクからは予約できません",
        Closed: "このリンクからの予約は受け付けを終えています。次回の面接についてのご相談は、お送りしたメールにそのままご返信ください。",
        NoSlotsTitle: "候補日時はまだありません",
        NoSlots: "いまご用意している候補日時はありません。ご都合のよい日時を、お送りしたメールにそのままご返信ください。",
        Invalid: "面接日時を選ぶリンクが正しくないか、途中で切れています。メールのリンクをもう一度開くか、そのメールにご都合のよい日時をご返信ください。");

    private static readonly ScheduleWords English = new(
        ChooseTitle: "Choose a time for your next interview",
        Intro: "{0}, please pick the time that suits you best. Once you send it, the interview is booked and a confirmation with a calendar invitation is on its way.",
        Legend: "Available times",
        With: "With",
        Where: "Where",
        Book: "Book this time",
        ReplyInstead: "If none of these works for you, just reply to our email with times that do, and we will find one together.",
        NoneLeft: "Sorry, there is no time left to choose right now. Reply to our email with times that suit you and we will arrange one.",
        Taken: "Sorry, someone booked that time just before you. Please pick one of the times still open.",
        PickOne: "Please pick one of the times before sending.",
        BookedTitle: "Thank you, you are booked",
        Booked: "Your next interview is booked for:",
        BookedNext: "A confirmation with a calendar invitation is on its way, and we will remind you the day before. We look forward to seeing you.",
        AlreadyTitle: "You have already booked",
        Already: "This link has already been used to book:",
        AlreadyChange: "To change the time, just reply to our email and we will sort it out.",
        ExpiredTitle: "These times have passed",
        Expired: "All the times we offered have passed, sorry about that. We have asked the team to send you new ones; you can also reply to our email with times that suit you.",
        ClosedTitle: "This link no longer books",
        Closed: "Booking through this link has closed. To talk about a next interview, just reply to our email.",
        NoSlotsTitle: "No times offered yet",
        NoSlots: "There are no times to choose from at the moment. Please reply to our email with times that suit you.",
        Invalid: "The link to choose an interview time is incomplete or has been changed. Please open the link from the email again, or reply to that email with times that suit you.");
}
