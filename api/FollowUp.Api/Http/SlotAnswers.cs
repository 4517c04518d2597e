using FollowUp.Orchestrations.Operations.Scheduling;

namespace FollowUp.Api.Http;

/// <summary>The slots route's answers.</summary>
public static class SlotAnswers
{
    public static ApiAnswer ForOffer(SlotOfferResult result) => result switch
    {
        SlotOfferResult.Offered offered => ApiAnswer.Ok(new { offered.InterviewId, offered.Slots }),
        SlotOfferResult.NotOpen notOpen => ApiAnswer.Problem(
            409,
            "The case takes no slots now.",
            $"Interview '{notOpen.InterviewId}' is {notOpen.RuntimeStatus}. {notOpen.Reason}"),
        SlotOfferResult.NotFound notFound => ApiAnswer.Problem(404, "No such interview.", $"No follow-up exists for interview '{notFound.InterviewId}'."),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, "Unknown slot offer result."),
    };
}
