using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Interviews;

namespace FollowUp.Email.Rendering;

/// <summary>How an owner email names another email ("the thank-you with feedback"), in the owner's language.</summary>
internal static class EmailKindNames
{
    private static readonly Dictionary<EmailKind, (string Ja, string En)> Names = new()
    {
        [EmailKind.ProceedConfirmation] = ("次回面接のご案内（日程確定）", "next-interview confirmation"),
        [EmailKind.AskAvailability] = ("お礼と日程調整のお願い", "thank-you asking for availability"),
        [EmailKind.InterviewReminder] = ("面接前日のリマインド", "interview reminder"),
        [EmailKind.ConsideringThanks] = ("お礼とフィードバック", "thank-you with feedback"),
        [EmailKind.ConsideringThanksVoice] = ("お礼と音声フィードバック", "thank-you with voice feedback"),
        [EmailKind.StatusCheck] = ("その後のご様子伺い", "status check"),
        [EmailKind.UndecidedThanks] = ("お礼とキャリア相談のご案内", "thank-you offering a career conversation"),
        [EmailKind.NurtureCheckIn] = ("3か月後のご挨拶", "three-month check-in"),
        [EmailKind.DeclinedThanks] = ("ご辞退へのお礼", "thank-you after declining"),
        [EmailKind.OwnerBookNow] = ("面接設定の依頼", "book-now request"),
        [EmailKind.OwnerNoReply] = ("返信なしの連絡", "no-reply alert"),
        [EmailKind.OwnerReplyReceived] = ("返信受信の連絡", "reply notice"),
        [EmailKind.OwnerNoResponseClosed] = ("クローズの連絡", "closed notice"),
        [EmailKind.OwnerNurtureReachOut] = ("再接触の依頼", "reach-out request"),
        [EmailKind.OwnerRetrospective] = ("振り返りのお願い", "retrospective"),
        [EmailKind.OwnerSnsConnect] = ("SNSつながりのお願い", "social connect reminder"),
        [EmailKind.OwnerDeliveryFailed] = ("配信失敗の連絡", "delivery failure notice"),
        [EmailKind.OwnerStepStuck] = ("処理停止の連絡", "stuck-step notice"),
        [EmailKind.OwnerCandidateErased] = ("削除済み候補者の報告について", "erased-candidate notice"),
        [EmailKind.InterviewCancelled] = ("面接取り消しのご連絡", "interview cancellation"),
        [EmailKind.OwnerSlotBooked] = ("候補者による面接予約の連絡", "booked-by-the-candidate notice"),
        [EmailKind.OwnerSlotsExpired] = ("候補日時の期限切れの連絡", "slots-expired notice"),
    };

    public static string For(EmailKind kind, string locale) =>
        Names.TryGetValue(kind, out var name) ? (locale == Locales.English ? name.En : name.Ja) : kind.ToString();

    public static string NoReason(string locale) =>
        locale == Locales.English ? "the provider gave no reason" : "配信サービスから理由は示されていません";
}
