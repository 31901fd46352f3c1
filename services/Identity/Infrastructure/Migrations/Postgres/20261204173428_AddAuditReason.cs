using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.Identity.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddAuditReason : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "AuditLog",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Reason",
                table: "AuditLog");
        }
    }
}
