using Azure;
using Azure.Data.Tables;
using FollowUp.Orchestrations.Storage;

namespace FollowUp.Storage;

/// <summary>
/// PartitionKey = interview id, RowKey = the message id made key-safe. Recording is an insert, so the
/// service itself decides which of two concurrent deliveries of one message is the first.
/// </summary>
public sealed class TableInboundMessageLog(FollowUpTables tables) : IInboundMessageLog
{
    private const string MessageId = nameof(MessageId);
    private const string InterviewId = nameof(InterviewId);
    private const string ReceivedAt = nameof(ReceivedAt);

    public async Task<bool> TryRecordAsync(string messageId, string interviewId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentException.ThrowIfNullOrEmpty(interviewId);
        var entity = new TableEntity(TableKeys.Safe(interviewId), TableKeys.Safe(messageId))
        {
            [MessageId] = messageId,
            [InterviewId] = interviewId,
            [ReceivedAt] = at,
        };

        var table = await Table(cancellationToken).ConfigureAwait(false);
        try
        {
            await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException failure) when (failure.Status == StatusCodes.Conflict)
        {
            return false;
        }
    }

    public async Task<DateTimeOffset?> RecordedAtAsync(string messageId, string interviewId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentException.ThrowIfNullOrEmpty(interviewId);
        var table = await Table(cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Safe(interviewId), TableKeys.Safe(messageId), [ReceivedAt], cancellationToken).ConfigureAwait(false);
        return row.HasValue ? row.Value!.GetDateTimeOffset(ReceivedAt) : null;
    }

    public async Task DeleteForInterviewAsync(string interviewId, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken).ConfigureAwait(false);
        await table.DeletePartitionAsync(TableKeys.Safe(interviewId), cancellationToken).ConfigureAwait(false);
    }

    private Task<TableClient> Table(CancellationToken cancellationToken) =>
        tables.GetAsync(TableStorageNames.InboundMessages, cancellationToken);
}
