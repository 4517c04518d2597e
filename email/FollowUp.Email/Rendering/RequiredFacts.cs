using FollowUp.Orchestrations.Emails;

namespace FollowUp.Email.Rendering;

/// <summary>
/// The facts without which a kind of email makes no sense. Checked before rendering so an order
/// missing them fails with the fact's name rather than going out with a hole in the middle.
/// </summary>
internal static class RequiredFacts
{
    public static void Check(EmailOrder order)
    {
        var missing = order.Kind switch
        {
            EmailKind.ProceedConfirmation or EmailKind.InterviewReminder or EmailKind.OwnerSlotBooked when order.Report.NextInterview is null
                => "Report.NextInterview",
            EmailKind.ConsideringThanks when order.Report.Feedback is null
                => "Report.Feedback",
            EmailKind.ConsideringThanksVoice when order.Report.Feedback?.VoiceUrl is not { Scheme: "https" or "http" }
                => "Report.Feedback.VoiceUrl (an http or https link)",
            EmailKind.InterviewCancelled when order.Details.CancelledInterview is null
                => "Details.CancelledInterview",
            EmailKind.OwnerReplyReceived when order.Details.Reply is null
                => "Details.Reply",
            EmailKind.OwnerRetrospective when order.Details.Retrospective is null
                => "Details.Retrospective",
            EmailKind.OwnerDeliveryFailed when order.Details.FailedKind is null
                => "Details.FailedKind",
            EmailKind.OwnerStepStuck when order.Details.FailedStep is null || order.Details.FailingSince is null
                => "Details.FailedStep and Details.FailingSince",
            _ => null,
        };

        if (missing is not null)
        {
            throw new TemplateRenderException($"{order.Kind} needs {missing}, and order {order.MessageKey} has none.");
        }
    }
}
