namespace FollowUp.Orchestrations.Replies;

/// <summary>Reads what a candidate's reply (its own words, quoted history removed) says about going on.</summary>
public interface IReplyIntentReader
{
    /// <param name="replyText">The reply after <see cref="Operations.Inbound.ReplyText.Extract"/>; a signature may remain.</param>
    /// <param name="locale">The candidate's locale (<c>ja</c>, <c>en</c>) when known: a hint, replies mix languages.</param>
    ValueTask<ReplyReading> ReadAsync(string replyText, string? locale, CancellationToken cancellationToken);
}
