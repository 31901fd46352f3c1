using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.Notifications.Infrastructure.Migrations.SqlServer
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
                type: "nvarchar(32)",
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
