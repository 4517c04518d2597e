using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Replies;
using FollowUp.Orchestrations.Tests.Support;

namespace FollowUp.Orchestrations.Tests.Replies;

public sealed class ReplyDecisionTests
{
    private static ReplyReading Read(ReplyIntent intent, double confidence = 0.9) => new(intent, confidence, []);

    [Theory]
    [InlineData(Reaction.Considering, ReplyIntent.Proceed, ReplyOutcome.MovedToProceed)]
    [InlineData(Reaction.Considering, ReplyIntent.Decline, ReplyOutcome.MovedToDeclined)]
    [InlineData(Reaction.Considering, ReplyIntent.NotNow, ReplyOutcome.MovedToUndecided)]
    [InlineData(Reaction.Considering, ReplyIntent.Question, ReplyOutcome.OwnerOnly)]
    [InlineData(Reaction.Considering, ReplyIntent.Other, ReplyOutcome.OwnerOnly)]
    [InlineData(Reaction.Undecided, ReplyIntent.Proceed, ReplyOutcome.MovedToProceed)]
    [InlineData(Reaction.Undecided, ReplyIntent.Decline, ReplyOutcome.MovedToDeclined)]
    [InlineData(Reaction.Undecided, ReplyIntent.NotNow, ReplyOutcome.OwnerOnly)]
    [InlineData(Reaction.Proceed, ReplyIntent.Decline, ReplyOutcome.OwnerOnly)]
    [InlineData(Reaction.Declined, ReplyIntent.Proceed, ReplyOutcome.OwnerOnly)]
    public void A_confident_reading_moves_only_the_waiting_branches(Reaction current, ReplyIntent intent, ReplyOutcome expected)
    {
        Assert.Equal(expected, ReplyDecision.Decide(current, Read(intent), Reports.FastPolicy));
    }

    [Fact]
    public void A_reading_below_the_threshold_is_left_to_the_owner()
    {
        var policy = Reports.FastPolicy with { ReplyMinConfidence = 0.8 };

        Assert.Equal(ReplyOutcome.OwnerOnly, ReplyDecision.Decide(Reaction.Considering, Read(ReplyIntent.Decline, 0.79), policy));
        Assert.Equal(ReplyOutcome.MovedToDeclined, ReplyDecision.Decide(Reaction.Considering, Read(ReplyIntent.Decline, 0.8), policy));
    }

    [Fact]
    public void With_auto_apply_off_or_no_reading_nothing_moves()
    {
        Assert.Equal(ReplyOutcome.OwnerOnly, ReplyDecision.Decide(Reaction.Considering, Read(ReplyIntent.Decline), Reports.FastPolicy with { ReplyAutoApply = false }));
        Assert.Equal(ReplyOutcome.OwnerOnly, ReplyDecision.Decide(Reaction.Considering, reading: null, Reports.FastPolicy));
    }
}
