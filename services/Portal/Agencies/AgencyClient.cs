using System.Text.Json;

namespace NomadPlatform.Portal.Agencies;

/// <summary>Calls to one agency's API as the signed-in person: JSON in, the value or the agency's problem out.</summary>
public abstract class AgencyClient(HttpClient agency)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected HttpClient Http => agency;

    /// <summary>The agency's open cases at risk, for its consoles (any of its officer roles may read them).</summary>
    public Task<AgencyAnswer<List<CaseRiskItem>>> CasesAtRiskAsync(CancellationToken cancellationToken) =>
        GetAsync<List<CaseRiskItem>>("/api/cases-at-risk", cancellationToken);

    /// <summary>Others' reads and changes of the signed-in person's data at this agency, the latest first (the person's own view of its audit log).</summary>
    public Task<AgencyAnswer<List<AgencyAccess>>> AccessesAsync(string iin, CancellationToken cancellationToken) =>
        GetAsync<List<AgencyAccess>>($"/api/persons/{Uri.EscapeDataString(iin)}/accesses?limit={AgencyAccess.PerAgency}", cancellationToken);

    protected async Task<AgencyAnswer<T>> GetAsync<T>(string path, CancellationToken cancellationToken)
    {
        using var response = await agency.GetAsync(path, cancellationToken);
        return await AnswerAsync<T>(response, cancellationToken);
    }

    protected async Task<AgencyAnswer<T>> PostAsync<T>(string path, object body, CancellationToken cancellationToken)
    {
        using var response = await agency.PostAsJsonAsync(path, body, Json, cancellationToken);
        return await AnswerAsync<T>(response, cancellationToken);
    }

    protected static async Task<AgencyAnswer<T>> AnswerAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken) =>
        response.IsSuccessStatusCode
            ? new AgencyAnswer<T>(response.StatusCode == System.Net.HttpStatusCode.NoContent ? default : await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken), null)
            : new AgencyAnswer<T>(default, await AgencyProblem.ReadAsync(response, cancellationToken));
}
