using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.Feed.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddAuditTraceParent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TraceParent",
                table: "AuditLog",
                type: "character varying(55)",
                maxLength: 55,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TraceParent",
                table: "AuditLog");
        }
    }
}
