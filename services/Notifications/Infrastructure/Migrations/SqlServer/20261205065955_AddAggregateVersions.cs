using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.Notifications.Infrastructure.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddAggregateVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "CaseRisks",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "CaseRisks");
        }
    }
}
