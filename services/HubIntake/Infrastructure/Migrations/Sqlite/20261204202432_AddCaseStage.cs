using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.HubIntake.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddCaseStage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "StageEnteredAt",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StageName",
                table: "Applications",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "StageOpen",
                table: "Applications",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_StageOpen_StageName",
                table: "Applications",
                columns: new[] { "StageOpen", "StageName" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_StageOpen_StageName",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "StageEnteredAt",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "StageName",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "StageOpen",
                table: "Applications");
        }
    }
}
