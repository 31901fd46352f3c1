using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.Approval.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddAuditLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ActorRole = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubjectIin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    What = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ChainIndex = table.Column<long>(type: "INTEGER", nullable: true),
                    PreviousHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: true),
                    Hash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLog", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_CaseId_At",
                table: "AuditLog",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_ChainIndex",
                table: "AuditLog",
                column: "ChainIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_SubjectIin_At",
                table: "AuditLog",
                columns: new[] { "SubjectIin", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditLog");
        }
    }
}
