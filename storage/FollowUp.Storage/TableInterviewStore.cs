using Azure.Data.Tables;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Privacy;
using FollowUp.Orchestrations.Storage;

namespace FollowUp.Storage;

/// <summary>
/// One row per interview: PartitionKey = interview id, the report as JSON beside the few columns an
/// admin filters on. The address itself stays inside the report; its keyed hash finds a candidate's rows.
/// </summary>
public sealed class TableInterviewStore(FollowUpTables tables, AddressHasher hasher) : IInterviewStore
{
    private const string RowKey = "report";

    // The index row of a case nonce: PartitionKey = the nonce. Its row key differs from a report's, so
    // an interview id that happens to spell a nonce never meets it.
    private const string CaseNonceRowKey = "case-nonce";
    private const string InterviewId = nameof(InterviewId);
    private const string Report = nameof(Report);
    private const string Reaction = nameof(Reaction);
    private const string CandidateEmailHash = nameof(CandidateEmailHash);
    private const string InterviewedAt = nameof(InterviewedAt);
    private const string RecordedAt = nameof(RecordedAt);

    public async Task UpsertAsync(InterviewReport report, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var entity = new TableEntity(TableKeys.Safe(report.InterviewId), RowKey)
        {
            [InterviewId] = report.InterviewId,
            [Reaction] = report.Reaction.ToString().ToLowerInvariant(),
            [CandidateEmailHash] = hasher.Hash(report.Candidate.Email),
            [InterviewedAt] = report.InterviewedAt,
            [RecordedAt] = recordedAt,
        };
        LargeTextProperty.Write(entity, Report, StoredJson.Write(report));

        // Replace rather than merge, so a shorter report leaves no stale chunks of a longer one behind.
        var table = await Table(cancellationToken).ConfigureAwait(false);
        if (report.CaseNonce is { } nonce)
        {
            // Before the report: a token can be resolved only once both rows exist, and an index row
            // without its report (a crash in between) resolves to nothing and is rewritten on retry.
            await table.UpsertEntityAsync(
                new TableEntity(TableKeys.Safe(nonce), CaseNonceRowKey) { [InterviewId] = report.InterviewId },
                TableUpdateMode.Replace,
                cancellationToken).ConfigureAwait(false);
        }

        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<string?> FindIdByCaseNonceAsync(string caseNonce, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(caseNonce);
        var table = await Table(cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Safe(caseNonce), CaseNonceRowKey, [InterviewId], cancellationToken)
            .ConfigureAwait(false);
        return row.HasValue ? row.Value!.GetString(InterviewId) : null;
    }

    public async Task<InterviewReport?> FindAsync(string interviewId, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Safe(interviewId), RowKey, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return row.HasValue && LargeTextProperty.Read(row.Value!, Report) is { } json
            ? StoredJson.Read<InterviewReport>(json)
            : null;
    }

    /// <summary>A filtered scan of the table: erasure is rare, and a second index row would be one more write on every report.</summary>
    public async Task<IReadOnlyList<string>> ListIdsByCandidateAsync(string candidateEmail, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken).ConfigureAwait(false);
        var rows = table.QueryAsync<TableEntity>(
            // Rows written before keyed hashes hold the plain SHA-256; an erasure must find them too.
            TableClient.CreateQueryFilter($"CandidateEmailHash eq {hasher.Hash(candidateEmail)} or CandidateEmailHash eq {TableKeys.LegacyCandidate(candidateEmail)}"),
            select: [InterviewId],
            cancellationToken: cancellationToken);

        var ids = new List<string>();
        await foreach (var row in rows.ConfigureAwait(false))
        {
            if (row.GetString(InterviewId) is { } id)
            {
                ids.Add(id);
            }
        }

        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    public async Task DeleteAsync(string interviewId, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken).ConfigureAwait(false);
        if ((await FindAsync(interviewId, cancellationToken).ConfigureAwait(false))?.CaseNonce is { } nonce)
        {
            await table.DeleteRowAsync(TableKeys.Safe(nonce), CaseNonceRowKey, cancellationToken).ConfigureAwait(false);
        }

        await table.DeleteRowAsync(TableKeys.Safe(interviewId), RowKey, cancellationToken).ConfigureAwait(false);
    }

    private Task<TableClient> Table(CancellationToken cancellationToken) =>
        tables.GetAsync(TableStorageNames.Interviews, cancellationToken);
}
