using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.PscIssuance.Infrastructure.Migrations.SqlServer
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Actor = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ActorRole = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SubjectIin = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: true),
                    What = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: false),
                    ChainIndex = table.Column<long>(type: "bigint", nullable: true),
                    PreviousHash = table.Column<byte[]>(type: "varbinary(32)", maxLength: 32, nullable: true),
                    Hash = table.Column<byte[]>(type: "varbinary(32)", maxLength: 32, nullable: true)
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
                unique: true,
                filter: "[ChainIndex] IS NOT NULL");

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
