using Azure.Data.Tables;
using FollowUp.Orchestrations.Retrospectives;
using FollowUp.Orchestrations.Storage;

namespace FollowUp.Storage;

/// <summary>One row per interview (PartitionKey = interview id): the retrospective as JSON and its headline numbers.</summary>
public sealed class TableRetrospectiveStore(FollowUpTables tables) : IRetrospectiveStore
{
    private const string RowKey = "retrospective";
    private const string InterviewId = nameof(InterviewId);
    private const string Retrospective = nameof(Retrospective);
    private const string TimelineKnown = nameof(TimelineKnown);
    private const string LateReplyCount = nameof(LateReplyCount);

    public async Task UpsertAsync(Retrospective retrospective, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(retrospective);
        var entity = new TableEntity(TableKeys.Safe(retrospective.InterviewId), RowKey)
        {
            [InterviewId] = retrospective.InterviewId,
            [TimelineKnown] = retrospective.TimelineKnown,
            [LateReplyCount] = retrospective.LateReplies.Count,
        };
        LargeTextProperty.Write(entity, Retrospective, StoredJson.Write(retrospective));

        var table = await Table(cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Retrospective?> FindAsync(string interviewId, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Safe(interviewId), RowKey, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return row.HasValue && LargeTextProperty.Read(row.Value!, Retrospective) is { } json
            ? StoredJson.Read<Retrospective>(json)
            : null;
    }

    public async Task DeleteAsync(string interviewId, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken).ConfigureAwait(false);
        await table.DeleteRowAsync(TableKeys.Safe(interviewId), RowKey, cancellationToken).ConfigureAwait(false);
    }

    private Task<TableClient> Table(CancellationToken cancellationToken) =>
        tables.GetAsync(TableStorageNames.Retrospectives, cancellationToken);
}
